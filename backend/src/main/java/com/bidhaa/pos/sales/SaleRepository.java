package com.bidhaa.pos.sales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SaleRepository extends JpaRepository<Sale, UUID>, JpaSpecificationExecutor<Sale> {

	boolean existsByDeviceIdAndDeviceSeq(UUID deviceId, long deviceSeq);

	long countByReceivedAtGreaterThanEqual(Instant since);

	@Query("select distinct s.deviceSeq from Sale s where s.deviceId = :deviceId and s.deviceSeq > :after "
			+ "order by s.deviceSeq")
	List<Long> sequencesAbove(UUID deviceId, long after, Limit limit);

	@Query("select max(s.deviceSeq) from Sale s where s.deviceId = :deviceId")
	Long maxSequence(UUID deviceId);

	/**
	 * Sales sold since {@code since} and changed after the row (version, id), in
	 * (version, id) order.
	 */
	@Query("select s from Sale s where s.version >= :version and (s.version > :version or s.id > :id) "
			+ "and s.soldAt >= :since order by s.version, s.id")
	List<Sale> changedAfter(long version, UUID id, Instant since, Limit limit);

	/** The same, for one cashier's sales. */
	@Query("select s from Sale s where s.version >= :version and (s.version > :version or s.id > :id) "
			+ "and s.soldAt >= :since and s.cashierId = :cashierId order by s.version, s.id")
	List<Sale> changedAfterForCashier(long version, UUID id, Instant since, UUID cashierId, Limit limit);

}
