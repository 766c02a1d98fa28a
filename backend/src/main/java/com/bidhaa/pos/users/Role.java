package com.bidhaa.pos.users;

/**
 * What a user may do: an admin everything, a manager the shop's back office, a cashier
 * the till.
 */
public enum Role {

	ADMIN, MANAGER, CASHIER

}
