package se.malbild.resultat;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * An ETag on the public results pages, computed from the page itself, so that a cache asking again with
 * {@code If-None-Match} gets 304 Not Modified while nothing was published (and no peer values changed).
 */
@Configuration(proxyBeanMethods = false)
class ResultatWebb {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> resultatEtag() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> filter = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        filter.addUrlPatterns("/resultat", "/resultat/*");
        filter.setName("resultatEtag");
        return filter;
    }
}
