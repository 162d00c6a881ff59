package se.malbild;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class MalbildApplication {

    /**
     * Starts the web application, or with {@code importera FIL...} imports committee plans from the command line
     * and exits (status 0 when every file was imported, 1 otherwise).
     */
    public static void main(String[] args) {
        if (args.length > 0 && "importera".equals(args[0])) {
            var kontext = new SpringApplicationBuilder(MalbildApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("malbild.kommando=importera")
                    .run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(SpringApplication.exit(kontext));
        }
        SpringApplication.run(MalbildApplication.class, args);
    }
}
