package io.opsledger.api.graphql;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ServerController {

    @QueryMapping
    String serverVersion() {
        String version = ServerController.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
