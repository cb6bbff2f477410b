package dev.mlcareers.portal;

import dev.mlcareers.portal.shared.PublicAddress;
import dev.mlcareers.portal.system.StartupSteps;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(PublicAddress.class)
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PortalApplication.class);
		StartupSteps.recordIfAsked(application);
		application.run(args);
	}

}
