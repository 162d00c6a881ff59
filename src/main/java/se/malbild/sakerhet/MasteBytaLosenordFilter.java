package se.malbild.sakerhet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a logged-in user who must change its password to the password page, whatever it asks for; only that page,
 * logging out, the static assets and the error page stay reachable. Not a bean, so it runs in the security chain only.
 */
class MasteBytaLosenordFilter extends OncePerRequestFilter {

    static final String LOSENORDSSIDA = "/konto/losenord";

    private final RequestMatcher tillatna;

    MasteBytaLosenordFilter(String... alltidOppna) {
        String[] tillatnaSokvagar = Arrays.copyOf(alltidOppna, alltidOppna.length + 2);
        tillatnaSokvagar[alltidOppna.length] = LOSENORDSSIDA;
        tillatnaSokvagar[alltidOppna.length + 1] = "/logout";
        this.tillatna = new OrRequestMatcher(Arrays.stream(tillatnaSokvagar)
                .map(sokvag -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(sokvag))
                .toList());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MalbildAnvandare anvandare
                && anvandare.isMasteBytaLosenord() && !tillatna.matches(request)) {
            response.sendRedirect(request.getContextPath() + LOSENORDSSIDA);
            return;
        }
        chain.doFilter(request, response);
    }
}
