package com.bidhaa.pos.users;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;
import com.bidhaa.pos.users.UserRequests.CreateUserRequest;
import com.bidhaa.pos.users.UserRequests.UpdateUserRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class UserService {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UserMapper mapper;

	UserService(UserRepository users, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock,
			UserMapper mapper) {
		this.users = users;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
		this.mapper = mapper;
	}

	@Transactional(readOnly = true)
	List<UserResponse> list() {
		return this.users.findAllByOrderByUsernameAsc().stream().map(this.mapper::toResponse).toList();
	}

	@Transactional(readOnly = true)
	UserResponse get(UUID id) {
		return this.mapper.toResponse(find(id));
	}

	UserResponse create(CreateUserRequest request) {
		String username = Usernames.normalize(request.username());
		if (this.users.findByUsername(username).isPresent()) {
			throw new ApiException(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE_USERNAME, "Username taken",
					"A user named '" + username + "' already exists.");
		}
		User user = new User(username, request.displayName().trim(), this.encoder.encode(request.password()),
				request.role(), this.clock.instant());
		return this.mapper.toResponse(this.users.saveAndFlush(user));
	}

	UserResponse update(UUID id, UpdateUserRequest request) {
		User user = find(id);
		boolean accessChanged = false;
		if (request.displayName() != null) {
			user.rename(request.displayName().trim(), this.clock.instant());
		}
		if (request.role() != null && request.role() != user.getRole()) {
			guardLastAdmin(user);
			user.changeRole(request.role(), this.clock.instant());
			accessChanged = true;
		}
		if (request.enabled() != null && request.enabled() != user.isEnabled()) {
			if (!request.enabled()) {
				guardLastAdmin(user);
			}
			user.setEnabled(request.enabled(), this.clock.instant());
			accessChanged = true;
		}
		if (accessChanged) {
			this.events.publishEvent(new UserAccessChanged(user.getUsername()));
		}
		return this.mapper.toResponse(user);
	}

	void resetPassword(UUID id, String password) {
		User user = find(id);
		user.changePassword(this.encoder.encode(password), this.clock.instant());
		this.events.publishEvent(new UserAccessChanged(user.getUsername()));
	}

	/** The shop must keep one enabled admin, or nobody could manage users again. */
	private void guardLastAdmin(User user) {
		if (user.getRole() == Role.ADMIN && user.isEnabled() && this.users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new ApiException(HttpStatus.CONFLICT, ProblemTypes.LAST_ADMIN, "Last admin",
					"This is the only enabled admin; make another admin first.");
		}
	}

	private User find(UUID id) {
		return this.users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

}
