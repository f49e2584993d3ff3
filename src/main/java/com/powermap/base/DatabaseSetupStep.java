package com.powermap.base;

/**
 * Work that needs the database once, when Powermap first reaches it: the schema
 * migrations, the first users, the demo data. {@link DatabaseSetup} runs every step in
 * their {@code @Order}, on the first start of an application whose database answers or,
 * when it does not, in the background as soon as it does. A step that fails is retried
 * with the ones after it, so each must do nothing when its work is done already.
 */
public interface DatabaseSetupStep {

	void run();

}
