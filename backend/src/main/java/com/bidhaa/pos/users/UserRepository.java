package com.bidhaa.pos.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, UUID> {

	Optional<User> findByUsername(String username);

	List<User> findAllByOrderByUsernameAsc();

	long countByRoleAndEnabledTrue(Role role);

}
