package se.malbild.onboarding;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportLoggRepository extends JpaRepository<ImportLogg, Long> {
}
