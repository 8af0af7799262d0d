import { Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per column of every board. A write that places a card in a column locks its row first, so
 * writes into one column take turns and each reads the keys the one before it committed.
 */
@Entity('board_column_lock')
export class BoardColumnLock {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  board: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  columnKey: string;
}
