package dev.bsa.archfixture.domain.port.out;

import java.util.List;

/** Well-behaved: a record a port speaks in, which the driven-port rule must allow. */
public record StoredPage(List<String> ids, int total) {}
