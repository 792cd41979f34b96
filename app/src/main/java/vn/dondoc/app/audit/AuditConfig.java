package vn.dondoc.app.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The audit recorder runs around the permission check, so refused changes are written too. */
@Configuration(proxyBeanMethods = false)
class AuditConfig implements WebMvcConfigurer {
    private final AuditRecorder recorder;

    AuditConfig(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(recorder).order(-1);
    }
}
