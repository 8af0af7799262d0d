# Sourced by the mysql image's entrypoint on the primary's first start (docker_process_sql is its helper).
# The replica connects as `repl`; the app reads the replica as `reader`, which may only read.
docker_process_sql --database=mysql <<-EOSQL
	CREATE USER 'repl'@'%' IDENTIFIED BY '${REPLICATION_PASSWORD}';
	GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%';
	CREATE USER '${READER_USER}'@'%' IDENTIFIED BY '${READER_PASSWORD}';
	GRANT SELECT ON \`${MYSQL_DATABASE}\`.* TO '${READER_USER}'@'%';
EOSQL
