package se.malbild.redovisning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

interface MappningsregelRepository extends JpaRepository<Mappningsregel, Long> {

    @Query("""
            select r from Mappningsregel r left join fetch r.verksamhet
            where r.namnd = :namnd
            order by r.kontoFran, r.kontoTill, r.objekt nulls first""")
    List<Mappningsregel> findByNamnd(Namnd namnd);

    Optional<Mappningsregel> findByIdAndNamnd(long id, Namnd namnd);

    @Modifying
    @Query("delete from Mappningsregel r where r.namnd = :namnd")
    void deleteByNamnd(Namnd namnd);
}
