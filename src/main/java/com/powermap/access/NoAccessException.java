package com.powermap.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown when the caller may not see or change what they asked for. The REST API answers
 * 403 and the views show the message.
 */
public class NoAccessException extends AccessDeniedException {

	public NoAccessException(String message) {
		super(message);
	}

}
