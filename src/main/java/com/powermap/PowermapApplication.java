package com.powermap;

import com.powermap.bench.BenchCommand;
import com.powermap.cli.AnalyzeCommand;

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
		if (args.length > 0 && args[0].equals("analyze")) {
			System.exit(AnalyzeCommand.run(args));
		}
		if (args.length > 0 && args[0].equals("bench")) {
			System.exit(BenchCommand.run(args));
		}
		SpringApplication.run(PowermapApplication.class, args);
	}

}
