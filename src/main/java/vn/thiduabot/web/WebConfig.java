package vn.thiduabot.web;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.thiduabot.people.PersonDirectory;

/** The Mini App's web set-up: initData on every API request, the page's files, and what the server answers at all. */
@Configuration(proxyBeanMethods = false)
@Conditional(MiniAppEnabled.class)
class WebConfig implements WebMvcConfigurer {

    static final String API = "/api/app/";
    static final String PAGE = "/app/";

    private final ViewerResolver viewers;

    WebConfig(ViewerResolver viewers) {
        this.viewers = viewers;
    }

    @Bean
    static WebSettings webSettings(Environment env) {
        return WebSettings.from(env);
    }

    @Bean
    static InitDataVerifier initDataVerifier(WebSettings settings, Clock clock) {
        return new InitDataVerifier(settings.signingToken(), settings.initDataMaxAge(), clock);
    }

    @Bean
    static ViewerResolver viewerResolver(InitDataVerifier verifier, PersonDirectory people) {
        return new ViewerResolver(verifier, people);
    }

    @Bean
    static WebTexts webTexts() {
        return new WebTexts();
    }

    @Bean
    static FilterRegistrationBean<MiniAppPaths> miniAppPaths(WebSettings settings, Environment env) {
        FilterRegistrationBean<MiniAppPaths> registration = new FilterRegistrationBean<>(new MiniAppPaths(settings, env));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(viewers).addPathPatterns(API + "**").excludePathPatterns(DemoLogin.PATH);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(viewers);
    }

    /** The page's scripts and styles: asked again on every open (a new release shows at once), 304 when unchanged. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PAGE + "**").addResourceLocations("classpath:/static/app/")
                .setCacheControl(CacheControl.noCache());
    }
}
