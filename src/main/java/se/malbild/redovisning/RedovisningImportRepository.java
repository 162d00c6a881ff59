package se.malbild.redovisning;

import org.springframework.data.jpa.repository.JpaRepository;

interface RedovisningImportRepository extends JpaRepository<RedovisningImport, Long> {
}
