package dev.mlcareers.portal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link on loopback between the application and its database that a test can break:
 * {@link #cut()} closes every open connection and refuses new ones, as a database that
 * stops does; {@link #restore()} lets connections through again; {@link #delay(int)}
 * holds every piece of data for some milliseconds on its way, as a slow database or
 * network does.
 */
public final class FaultyLink implements AutoCloseable {

	private final ServerSocket listener;

	private final InetSocketAddress target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	private volatile int delayMillis;

	/** A link to the server at this port on loopback. */
	public FaultyLink(int targetPort) {
		this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "faulty-link-" + this.listener.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** The port the application connects to instead of the database's. */
	public int port() {
		return this.listener.getLocalPort();
	}

	/** Closes every connection through the link and refuses new ones until restored. */
	public void cut() {
		this.cut = true;
		this.open.forEach(FaultyLink::closeQuietly);
		this.open.clear();
	}

	public void restore() {
		this.cut = false;
	}

	/** Holds every piece of data crossing the link, either way, this long. */
	public void delay(int millis) {
		this.delayMillis = millis;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(this.listener);
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				if (this.cut) {
					closeQuietly(client);
					continue;
				}
				Socket server = new Socket();
				try {
					server.connect(this.target, 2000);
				}
				catch (IOException ex) {
					closeQuietly(client);
					continue;
				}
				this.open.add(client);
				this.open.add(server);
				pump(client, server);
				pump(server, client);
			}
			catch (IOException ex) {
				// The listener was closed.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					int delay = this.delayMillis;
					if (delay > 0) {
						Thread.sleep(delay);
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// The link or one of its ends was closed.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "faulty-link-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

}
