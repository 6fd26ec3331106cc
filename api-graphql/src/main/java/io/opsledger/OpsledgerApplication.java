package io.opsledger;

import io.opsledger.api.cli.OpsledgerCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Opsledger: assembles the command side, the query side and the GraphQL API into one server. */
@SpringBootApplication
public class OpsledgerApplication {

    /** Starts the server, or runs a command-line command such as {@code plan export} against a running one. */
    public static void main(String[] args) {
        if (OpsledgerCli.handles(args)) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(OpsledgerCli.run(args, out, err));
        }
        SpringApplication.run(OpsledgerApplication.class, args);
    }
}
