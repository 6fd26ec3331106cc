package io.opsledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Opsledger: assembles the command side, the query side and the GraphQL API into one server. */
@SpringBootApplication
public class OpsledgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpsledgerApplication.class, args);
    }
}
