# Sourced by the mysql image's entrypoint on the replica's first start (docker_process_sql is its helper).
# The replica holds nothing of its own: it forgets its local setup's transactions and takes everything
# from the primary's binary log by GTID, the database, its schema and the users included.
docker_process_sql --database=mysql <<-EOSQL
	RESET BINARY LOGS AND GTIDS;
	CHANGE REPLICATION SOURCE TO
	  SOURCE_HOST = '${SOURCE_HOST}',
	  SOURCE_PORT = 3306,
	  SOURCE_USER = 'repl',
	  SOURCE_PASSWORD = '${REPLICATION_PASSWORD}',
	  SOURCE_AUTO_POSITION = 1,
	  GET_SOURCE_PUBLIC_KEY = 1,
	  SOURCE_CONNECT_RETRY = 5,
	  SOURCE_RETRY_COUNT = 8640;
	START REPLICA;
EOSQL
