/** Fastställda rapporter: fastställelse, publicering och de publicerade värdena (öppna data). */
@org.springframework.modulith.NamedInterface("faststallelse")
package se.malbild.rapport.faststallelse;
