package com.bidhaa.pos.security;

import com.bidhaa.pos.users.UserAccessChanged;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of a user whose role, password or enabled flag changed, so nobody
 * keeps rights they no longer have. Bearer tokens need nothing: they look the user up on
 * every call.
 */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void on(UserAccessChanged event) {
		this.sessions.findByPrincipalName(event.username()).keySet().forEach(this.sessions::deleteById);
	}

}
