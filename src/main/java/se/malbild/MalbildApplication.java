package se.malbild;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MalbildApplication {

    public static void main(String[] args) {
        SpringApplication.run(MalbildApplication.class, args);
    }
}
