package com.powermap.access;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in against the {@code (:User)} nodes of the database. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserService users;

	DatabaseUserDetailsService(UserService users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserService.Credentials credentials = this.users.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("no user named " + username));
		return User.withUsername(credentials.username())
			.password(credentials.passwordHash())
			.roles(credentials.role().name())
			.build();
	}

}
