package se.malbild.sakerhet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who may see what: login for everything but the login page, static assets, health, open data and published reports;
 * admin pages for admins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String INLOGGNINGSSIDA = "/logga-in";

    /**
     * Readable without login: open data, the public results site (made from published reports only), and adopted
     * reports, which their controller shows to anyone only when they are published (otherwise it asks for login).
     */
    private static final String[] PUBLIKA = {"/rapporter/*", "/oppna-data/**", "/resultat", "/resultat/**"};

    private static final String[] ALLTID_OPPNA = {"/css/**", "/js/**", "/images/**", "/webjars/**",
            "/favicon.ico", "/actuator/health", "/actuator/health/**", "/error"};

    /** Only in the web application; the command-line import runs without a web server and without this chain. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository securityContextRepository)
            throws Exception {
        http
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(INLOGGNINGSSIDA).permitAll()
                        .requestMatchers(ALLTID_OPPNA).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIKA).permitAll()
                        .requestMatchers("/admin/**").hasRole(Roll.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(INLOGGNINGSSIDA)
                        .failureUrl(INLOGGNINGSSIDA + "?fel"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl(INLOGGNINGSSIDA + "?utloggad"))
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                .addFilterAfter(new MasteBytaLosenordFilter(ALLTID_OPPNA), AuthorizationFilter.class);
        return http.build();
    }

    /** BCrypt for new hashes; the {@code {id}} prefix lets stored hashes move to a stronger encoder later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Shared with the password page, which replaces the logged-in user after a change. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }
}
