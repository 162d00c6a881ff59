package se.malbild.databas;

import java.nio.file.Path;

/** Present as a bean only when Målbild runs on its own embedded PostgreSQL (no datasource configured). */
public record EmbeddedDatabase(Path dataDirectory) {
}
