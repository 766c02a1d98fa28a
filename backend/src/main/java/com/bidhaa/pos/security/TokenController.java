package com.bidhaa.pos.security;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tokens", description = "Bearer tokens for devices and scripts, acting as the user who made them")
@RestController
@RequestMapping("/api/auth/tokens")
class TokenController {

	private final ApiTokenService tokens;

	TokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	record CreateTokenRequest(@NotBlank @Size(max = 100) String name) {
	}

	@Operation(summary = "Create a token for yourself",
			description = "The secret is in this answer only; "
					+ "send it as Authorization: Bearer <secret>. Only its hash is stored.")
	@PostMapping
	ResponseEntity<CreatedTokenResponse> create(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @RequestBody CreateTokenRequest request) {
		CreatedTokenResponse created = this.tokens.create(user, request.name());
		return ResponseEntity.created(URI.create("/api/auth/tokens/" + created.id())).body(created);
	}

	@Operation(summary = "List your tokens", description = "An admin may pass all=true to list everyone's.")
	@GetMapping
	List<TokenResponse> list(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(defaultValue = "false") boolean all) {
		return this.tokens.list(user, all);
	}

	@Operation(summary = "Revoke a token", description = "Your own, or anyone's for an admin. Takes effect at once.")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID id) {
		this.tokens.revoke(user, id);
		return ResponseEntity.noContent().build();
	}

}
