package com.bidhaa.pos.inventory;

import java.util.UUID;

import com.bidhaa.pos.shared.ApiException;
import com.bidhaa.pos.shared.ProblemTypes;

import org.springframework.http.HttpStatus;

class AdjustmentConflictException extends ApiException {

	AdjustmentConflictException(UUID id) {
		super(HttpStatus.CONFLICT, ProblemTypes.ID_CONFLICT, "Id already used",
				"Stock adjustment " + id + " was already recorded with different content; it was left unchanged.");
	}

}
