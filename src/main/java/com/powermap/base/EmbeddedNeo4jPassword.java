package com.powermap.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded Neo4j's user {@code neo4j}: the configured one, or else
 * the one generated on the first start and kept in {@value #FILE} in the data directory,
 * readable only by its owner.
 */
final class EmbeddedNeo4jPassword {

	static final String FILE = "neo4j-password";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jPassword.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private EmbeddedNeo4jPassword() {
	}

	/** The password to require, generating and storing one when none is configured. */
	static String of(EmbeddedNeo4jSettings settings, Path home) {
		String configured = settings.password();
		if (configured != null && !configured.isEmpty()) {
			return configured;
		}
		Path file = home.resolve(FILE);
		try {
			if (Files.exists(file)) {
				String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (stored.length() >= 8) {
					return stored;
				}
				throw new IllegalStateException(file + " holds no usable password (8 characters or more); "
						+ "delete it to have a new one generated, or set POWERMAP_NEO4J_PASSWORD");
			}
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.createDirectories(home);
			write(file, generated);
			log.info("Generated a password for the embedded Neo4j's user neo4j: {} (kept in {}, readable only by "
					+ "you; set POWERMAP_NEO4J_PASSWORD to choose your own)", generated, file);
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the embedded Neo4j's password in " + file, ex);
		}
	}

	private static void write(Path file, String password) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: restrict it as far as this one allows.
			Files.createFile(file);
			file.toFile().setReadable(false, false);
			file.toFile().setReadable(true, true);
			file.toFile().setWritable(false, false);
			file.toFile().setWritable(true, true);
		}
		catch (FileAlreadyExistsException ex) {
			throw new IllegalStateException(file + " appeared while the password was being generated", ex);
		}
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
	}

}
