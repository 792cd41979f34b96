package vn.dondoc.app.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every controller call passes {@link AccessRules} first. */
@Configuration(proxyBeanMethods = false)
class AccessConfig implements WebMvcConfigurer {
    private final AccessRules rules;

    AccessConfig(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rules).order(0);
    }
}
