package com.powermap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Powermap: a stakeholder influence analyzer for key-account managers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PowermapApplication {

	public static void main(String[] args) {
		SpringApplication.run(PowermapApplication.class, args);
	}

}
