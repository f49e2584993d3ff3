package com.powermap.influence;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.powermap.exchange.GraphChanged;

/**
 * Influence already computed, by account, opportunity (a delegation scoped to one deal
 * makes influence differ per deal) and date. Every committed import empties it: imports
 * are the one way the graph changes. Only analyses running in a read-only transaction use
 * it, so that a what-if, which sees its hypotheses in a read-write transaction that is
 * rolled back, neither reads influence that ignores them nor stores influence that
 * includes them.
 */
@Component
public class InfluenceCache {

	/** What an influence depends on. */
	public record Key(String account, String opportunity, LocalDate asOf) {
	}

	private record Stored(Map<String, Double> influence, long storedAt) {
	}

	private final InfluenceCacheSettings settings;

	private final Map<Key, Stored> entries;

	private long generation;

	InfluenceCache(InfluenceCacheSettings settings) {
		this.settings = settings;
		this.entries = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Stored> eldest) {
				return size() > settings.maxEntries();
			}

		};
	}

	/**
	 * A token to take before reading what an influence is computed from, and to give back
	 * to {@link #store}: an influence computed from reads that a commit may have
	 * overtaken is not stored.
	 */
	public synchronized long generation() {
		return this.generation;
	}

	/** The influence stored for a key, or null (always null outside read-only work). */
	public synchronized @Nullable Map<String, Double> find(Key key) {
		if (!usable()) {
			return null;
		}
		Stored entry = this.entries.get(key);
		if (entry == null) {
			return null;
		}
		if (System.nanoTime() - entry.storedAt() > this.settings.timeToLive().toNanos()) {
			this.entries.remove(key);
			return null;
		}
		return entry.influence();
	}

	/**
	 * Stores an influence computed from reads made after {@link #generation()} returned
	 * {@code generation}, unless the graph has changed since (or the work is not
	 * read-only). The map is kept as it is, not copied: it must not change afterwards.
	 */
	public synchronized void store(Key key, Map<String, Double> influence, long generation) {
		if (usable() && generation == this.generation) {
			this.entries.put(key, new Stored(Collections.unmodifiableMap(influence), System.nanoTime()));
		}
	}

	/** Forgets everything: the graph has changed. */
	public synchronized void clear() {
		this.generation++;
		this.entries.clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void graphChanged(GraphChanged event) {
		clear();
	}

	private boolean usable() {
		return this.settings.maxEntries() > 0 && TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
