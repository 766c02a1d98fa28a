/**
 * Benchmarks of the built server (sales ingest, cursor pulls, start time), each measured
 * against a baseline taken in the same run, and the report that renders them with the
 * browser benchmark's results (issue 6).
 */
package com.bidhaa.pos.bench;
