package se.malbild.nyckeltal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface NyckeltalUtfallRepository extends JpaRepository<NyckeltalUtfall, Long> {

    /** The committee's key-figure values at a month of this year and of the year before. */
    @Query("""
            select u from NyckeltalUtfall u join fetch u.nyckeltal n
            where n.namnd = :namnd and u.manad = :manad and u.ar in (:ar, :ar - 1)""")
    List<NyckeltalUtfall> findByNamndAndManad(Namnd namnd, int ar, int manad);
}
