package com.bidhaa.pos.users;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import com.bidhaa.pos.users.UserRequests.CreateUserRequest;
import com.bidhaa.pos.users.UserRequests.ResetPasswordRequest;
import com.bidhaa.pos.users.UserRequests.UpdateUserRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users", description = "Admins only: who may sign in, and with which role")
@RestController
@RequestMapping("/api/users")
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@Operation(summary = "List all users")
	@GetMapping
	List<UserResponse> list() {
		return this.users.list();
	}

	@Operation(summary = "Get one user")
	@GetMapping("/{id}")
	UserResponse get(@PathVariable UUID id) {
		return this.users.get(id);
	}

	@Operation(summary = "Create a user")
	@PostMapping
	ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
		UserResponse user = this.users.create(request);
		return ResponseEntity.created(URI.create("/api/users/" + user.id())).body(user);
	}

	@Operation(summary = "Rename, change the role of, disable or enable a user",
			description = "Omitted fields stay as they are. A role change or disabling ends the user's sessions.")
	@PatchMapping("/{id}")
	UserResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest request) {
		return this.users.update(id, request);
	}

	@Operation(summary = "Set a new password for a user", description = "Ends the user's sessions.")
	@PutMapping("/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable UUID id, @Valid @RequestBody ResetPasswordRequest request) {
		this.users.resetPassword(id, request.password());
		return ResponseEntity.noContent().build();
	}

}
