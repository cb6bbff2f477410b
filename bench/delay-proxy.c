/*
 * usage: delay-proxy LISTEN_PORT TARGET_PORT DELAY_MS   (both on 127.0.0.1)
 *
 * A TCP forwarder on loopback that delays every chunk by DELAY_MS in each direction, so a
 * round trip through it takes twice that: a proxy or a database a few milliseconds away,
 * without netem (which this kernel lacks, and which would slow every process on loopback).
 * A new connection also costs one round trip before its first bytes go on, as TCP's
 * handshake would. Chunks keep their order; each waits from the moment it was read.
 * Built and started by bench/latency.sh; cc -O2 -pthread -o delay-proxy delay-proxy.c
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CHUNK 65536

struct chunk {
	struct chunk *next;
	struct timespec due;
	ssize_t len; /* 0: the sender closed its side */
	char data[];
};

struct direction {
	int from, to;
	struct timespec not_before; /* the handshake's round trip */
	pthread_mutex_t lock;
	pthread_cond_t ready;
	struct chunk *head, *tail;
	struct connection *conn;
};

struct connection {
	struct direction up, down;
	pthread_mutex_t lock;
	int finished;
};

static int target_port;
static long delay_ns;

static void add_ns(struct timespec *t, long ns) {
	t->tv_nsec += ns;
	while (t->tv_nsec >= 1000000000L) {
		t->tv_nsec -= 1000000000L;
		t->tv_sec++;
	}
}

static int before(const struct timespec *a, const struct timespec *b) {
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

static void finish(struct connection *c) {
	pthread_mutex_lock(&c->lock);
	int last = ++c->finished == 4;
	pthread_mutex_unlock(&c->lock);
	if (last) {
		close(c->up.from);
		close(c->up.to);
		free(c);
	}
}

static void *reader(void *arg) {
	struct direction *d = arg;
	for (;;) {
		struct chunk *c = malloc(sizeof(struct chunk) + CHUNK);
		ssize_t n = read(d->from, c->data, CHUNK);
		c->len = n > 0 ? n : 0;
		c->next = NULL;
		clock_gettime(CLOCK_MONOTONIC, &c->due);
		if (before(&c->due, &d->not_before)) {
			c->due = d->not_before;
		}
		add_ns(&c->due, delay_ns);
		pthread_mutex_lock(&d->lock);
		if (d->tail) {
			d->tail->next = c;
		}
		else {
			d->head = c;
		}
		d->tail = c;
		pthread_cond_signal(&d->ready);
		pthread_mutex_unlock(&d->lock);
		if (n <= 0) {
			break;
		}
	}
	finish(d->conn);
	return NULL;
}

static void *writer(void *arg) {
	struct direction *d = arg;
	int open = 1;
	for (;;) {
		pthread_mutex_lock(&d->lock);
		while (!d->head) {
			pthread_cond_wait(&d->ready, &d->lock);
		}
		struct chunk *c = d->head;
		d->head = c->next;
		if (!d->head) {
			d->tail = NULL;
		}
		pthread_mutex_unlock(&d->lock);
		while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &c->due, NULL) == EINTR) {
		}
		ssize_t len = c->len;
		for (ssize_t off = 0; open && off < len;) {
			ssize_t n = write(d->to, c->data + off, len - off);
			if (n <= 0) {
				open = 0;
				shutdown(d->from, SHUT_RD);
			}
			off += n;
		}
		free(c);
		if (len == 0) {
			shutdown(d->to, SHUT_WR);
			break;
		}
	}
	finish(d->conn);
	return NULL;
}

static void start(struct direction *d, struct connection *conn, int from, int to, struct timespec not_before) {
	pthread_attr_t attr;
	pthread_t t;
	d->from = from;
	d->to = to;
	d->not_before = not_before;
	d->conn = conn;
	d->head = d->tail = NULL;
	pthread_mutex_init(&d->lock, NULL);
	pthread_cond_init(&d->ready, NULL);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_create(&t, &attr, reader, d);
	pthread_create(&t, &attr, writer, d);
}

static void *accepted(void *arg) {
	int client = (int) (long) arg;
	struct sockaddr_in target = { .sin_family = AF_INET, .sin_port = htons(target_port) };
	target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	int one = 1;
	int server = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(server, (struct sockaddr *) &target, sizeof(target)) != 0) {
		close(server);
		close(client);
		return NULL;
	}
	setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	struct timespec handshake;
	clock_gettime(CLOCK_MONOTONIC, &handshake);
	add_ns(&handshake, 2 * delay_ns);
	struct connection *c = calloc(1, sizeof(struct connection));
	pthread_mutex_init(&c->lock, NULL);
	start(&c->up, c, client, server, handshake);
	start(&c->down, c, server, client, handshake);
	return NULL;
}

int main(int argc, char **argv) {
	if (argc != 4) {
		fprintf(stderr, "usage: delay-proxy LISTEN_PORT TARGET_PORT DELAY_MS\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	target_port = atoi(argv[2]);
	delay_ns = (long) (atof(argv[3]) * 1e6);
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(atoi(argv[1])) };
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	int one = 1;
	int listener = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(listener, (struct sockaddr *) &addr, sizeof(addr)) != 0 || listen(listener, 1024) != 0) {
		perror("delay-proxy: listen");
		return 2;
	}
	for (;;) {
		int client = accept(listener, NULL, NULL);
		if (client < 0) {
			continue;
		}
		pthread_attr_t attr;
		pthread_t t;
		pthread_attr_init(&attr);
		pthread_attr_setstacksize(&attr, 64 * 1024);
		pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
		pthread_create(&t, &attr, accepted, (void *) (long) client);
	}
}
