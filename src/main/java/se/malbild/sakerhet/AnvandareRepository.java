package se.malbild.sakerhet;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnvandareRepository extends JpaRepository<Anvandare, Long> {

    boolean existsByAnvandarnamn(String anvandarnamn);

    boolean existsByRoll(Roll roll);

    @Query("select a from Anvandare a left join fetch a.namnder where a.anvandarnamn = :anvandarnamn")
    Optional<Anvandare> findMedNamnderByAnvandarnamn(String anvandarnamn);

    @Query("select a from Anvandare a left join fetch a.namnder where a.id = :id")
    Optional<Anvandare> findMedNamnderById(long id);
}
