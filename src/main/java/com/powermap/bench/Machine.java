package com.powermap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a benchmark ran on: cores, memory, CPU model (where Linux tells it), JVM and
 * operating system.
 *
 * @param cores the processors the JVM may use
 * @param memoryBytes the machine's physical memory
 * @param maxHeapBytes the JVM's largest heap
 * @param cpu the CPU model, or "unknown"
 * @param jvm the JVM's name and version
 * @param os the operating system's name, version and architecture
 */
record Machine(int cores, long memoryBytes, long maxHeapBytes, String cpu, String jvm, String os) {

	static Machine describe() {
		long memory = -1;
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean bean) {
			memory = bean.getTotalMemorySize();
		}
		return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
				cpuModel(), System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
						+ System.getProperty("os.arch"));
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("cores", this.cores);
		json.put("memoryBytes", this.memoryBytes);
		json.put("maxHeapBytes", this.maxHeapBytes);
		json.put("cpu", this.cpu);
		json.put("jvm", this.jvm);
		json.put("os", this.os);
		return json;
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "%d cores (%s), %.1f GB memory, heap up to %.1f GB, %s, %s",
				this.cores, this.cpu, this.memoryBytes / 1e9, this.maxHeapBytes / 1e9, this.jvm, this.os);
	}

}
