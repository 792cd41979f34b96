package vn.dondoc.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's identity: what the API is, in the users' language, and which version serves it. */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {
    @Bean
    OpenAPI dondocOpenApi(Messages messages, @Value("${dondoc.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title(messages.get("api.title"))
                        .description(messages.get("api.description") + " " + messages.get("api.paging"))
                        .version(version)
                        .license(new License().name(messages.get("api.license"))));
    }
}
