/**
 * The harness that the backend's tests, the fault suite and the benchmarks share: a
 * client of the running API, the sign-in that makes its tokens, the PostgreSQL test
 * database and the application in a process of its own. What needs a Spring application
 * context stays with the backend's tests.
 */
package com.bidhaa.pos.support;
