package vn.dondoc.app.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The web kernel's wiring: every page and every API answer speaks Vietnamese. */
@Configuration(proxyBeanMethods = false)
public class WebConfig {
    public static final Locale VI = Locale.forLanguageTag("vi");

    /** Vietnamese texts for every locale. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource ms = new ResourceBundleMessageSource();
        ms.setBasename("messages");
        ms.setDefaultEncoding("UTF-8");
        ms.setFallbackToSystemLocale(false);
        ms.setDefaultLocale(VI);
        return ms;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(VI);
    }

    /** Requests Tomcat refuses itself (over-long headers, a NUL in the address) get a Vietnamese page too. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<
                    org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory>
            containerErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
            }
        });
    }
}
