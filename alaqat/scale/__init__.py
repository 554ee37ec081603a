"""Running the same pipeline on every core of one machine, or on an Apache Spark cluster."""
