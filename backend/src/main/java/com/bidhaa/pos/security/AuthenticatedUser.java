package com.bidhaa.pos.security;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import com.bidhaa.pos.users.Role;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of every authenticated request, by session or by token.
 *
 * @param id the user's id
 * @param username the user's sign-in name
 * @param displayName the user's name on screens
 * @param role the user's role
 */
public record AuthenticatedUser(UUID id, String username, String displayName,
		Role role) implements AuthenticatedPrincipal, Serializable {

	/** True for managers and admins, who see the whole shop. */
	public boolean isManager() {
		return this.role == Role.ADMIN || this.role == Role.MANAGER;
	}

	List<GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	/** The username, which Spring Session indexes sessions by. */
	@Override
	public String getName() {
		return this.username;
	}

}
