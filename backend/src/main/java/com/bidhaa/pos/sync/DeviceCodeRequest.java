package com.bidhaa.pos.sync;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A manager's new code for a device.
 *
 * @param code 1 to 8 letters and digits with at least one letter, not four hex digits;
 * stored in capitals
 */
record DeviceCodeRequest(@Schema(example = "BAR2") @NotBlank @Size(max = 8) String code) {
}
