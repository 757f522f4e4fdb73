/* test_hash.c: the hash table's walks, in place or spread, against a model of buckets laid out from the first node. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/hash.h"
#include "harness.h"

#define NODES 40

/*
 * The model: what the table was before small tables kept their nodes in
 * place, VL_HTAB_MIN buckets from the first insert, each a chain newest
 * first, doubled (relinked bucket by bucket, each node to the head of its
 * new chain) once the nodes outnumber the buckets.
 */
struct model {
	int chain[1024][NODES];  /* node numbers, head first */
	int len[1024];
	uint32_t nbuckets;
	int count;
};

static void model_push(struct model *m, int b, int id)
{
	for (int i = m->len[b]; i > 0; i--)
		m->chain[b][i] = m->chain[b][i - 1];
	m->chain[b][0] = id;
	m->len[b]++;
}

static void model_insert(struct model *m, const uint32_t *hash, int id)
{
	if (!m->nbuckets)
		m->nbuckets = VL_HTAB_MIN;
	model_push(m, (int)(hash[id] & (m->nbuckets - 1)), id);
	if (++m->count > (int)m->nbuckets) {
		struct model *old = malloc(sizeof(*old));

		*old = *m;
		for (uint32_t b = 0; b < 2 * m->nbuckets; b++)
			m->len[b] = 0;
		m->nbuckets *= 2;
		for (uint32_t b = 0; b < old->nbuckets; b++)
			for (int i = 0; i < old->len[b]; i++)
				model_push(m, (int)(hash[old->chain[b][i]] & (m->nbuckets - 1)), old->chain[b][i]);
		free(old);
	}
}

static void model_remove(struct model *m, const uint32_t *hash, int id)
{
	int b = (int)(hash[id] & (m->nbuckets - 1));

	for (int i = 0; i < m->len[b]; i++) {
		if (m->chain[b][i] == id) {
			for (int j = i; j + 1 < m->len[b]; j++)
				m->chain[b][j] = m->chain[b][j + 1];
			m->len[b]--;
			m->count--;
			return;
		}
	}
}

/* The table, walked bucket by bucket, gives the model's order. */
static void check_walk(const struct vl_htab *t, const struct vl_hnode *nodes, const struct model *m)
{
	uint32_t nb = m->nbuckets ? m->nbuckets : VL_HTAB_MIN;

	CHECK_EQ(vl_htab_nbuckets(t), nb);
	for (uint32_t b = 0; b < nb; b++) {
		int i = 0;

		for (const struct vl_hnode *h = vl_htab_bucket_first(t, b); h; h = vl_htab_bucket_next(t, b, h)) {
			CHECK(i < m->len[b]);
			if (i < m->len[b])
				CHECK(h == &nodes[m->chain[b][i]]);
			i++;
		}
		CHECK_EQ(i, m->nbuckets ? m->len[b] : 0);
	}
}

/* One random run of inserts and removes from seed x. */
static void walk_run(uint64_t x)
{
	struct model *m = calloc(1, sizeof(*m));
	struct vl_hnode nodes[NODES];
	uint32_t hash[NODES];
	bool in[NODES] = { false };
	struct vl_htab t;

	vl_htab_init(&t);
	for (int i = 0; i < NODES; i++) {
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		/* Few distinct low bits, so that buckets and equal hashes are shared. */
		hash[i] = (uint32_t)(x >> 33) & (i % 3 ? 0xffffffffu : 0x7u);
	}
	for (int step = 0; step < 400; step++) {
		int id;

		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		id = (int)((x >> 35) % NODES);
		/* Mostly inserts early on (tables of one to a few dozen nodes), then both. */
		if (!in[id] && (step < 60 || (x >> 20) % 2)) {
			vl_htab_insert(&t, &nodes[id], hash[id]);
			model_insert(m, hash, id);
			in[id] = true;
		} else if (in[id]) {
			vl_htab_remove(&t, &nodes[id]);
			model_remove(m, hash, id);
			in[id] = false;
		}
		CHECK_EQ((int)t.count, m->count);
		check_walk(&t, nodes, m);
		/* A lookup finds the newest node of that hash first, as the model's chain has it. */
		if (in[id]) {
			const struct vl_hnode *h = vl_htab_first(&t, hash[id]);
			int b = (int)(hash[id] & (m->nbuckets - 1)), first = -1;

			for (int i = 0; i < m->len[b] && first < 0; i++)
				if (hash[m->chain[b][i]] == hash[id])
					first = m->chain[b][i];
			CHECK(h == &nodes[first]);
		}
	}
	vl_htab_free(&t);
	free(m);
}

static void test_walk_matches_model(void)
{
	for (uint64_t seed = 1; seed <= 200; seed++)
		walk_run(seed * 7919);
}

/* Up to VL_HTAB_MIN nodes need no bucket array; one more brings it. */
static void test_small_tables_in_place(void)
{
	struct vl_hnode nodes[VL_HTAB_MIN + 1];
	struct vl_htab t;

	vl_htab_init(&t);
	for (unsigned int i = 0; i < VL_HTAB_MIN; i++) {
		vl_htab_insert(&t, &nodes[i], i * 7u);
		CHECK_EQ(t.mask, 0u);
	}
	for (unsigned int i = 0; i < VL_HTAB_MIN; i++)
		CHECK(vl_htab_first(&t, i * 7u) == &nodes[i]);
	vl_htab_insert(&t, &nodes[VL_HTAB_MIN], 99u);
	CHECK(t.mask != 0u);
	for (unsigned int i = 0; i < VL_HTAB_MIN; i++)
		CHECK(vl_htab_first(&t, i * 7u) == &nodes[i]);
	CHECK(vl_htab_first(&t, 99u) == &nodes[VL_HTAB_MIN]);
	CHECK(vl_htab_first(&t, 98u) == NULL);
	vl_htab_free(&t);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "walk_matches_model", test_walk_matches_model },
		{ "small_tables_in_place", test_small_tables_in_place },
		{ NULL, NULL },
	};

	return harness_run(tests);
}
