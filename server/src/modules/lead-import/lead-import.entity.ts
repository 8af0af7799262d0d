import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Campaign } from '../campaign/campaign.entity.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';

export type ImportKind = 'LEADS' | 'LOANS';

/** An uploaded list of leads (or of loans): previewed, mapped, then imported in one go. */
@Entity('lead_import')
@ObjectType({ simpleResolvers: true })
export class LeadImport {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  fileName: string;

  /** What the rows are: LEADS or LOANS (an existing loan book). */
  @Column({ type: 'varchar', length: 8, default: 'LEADS' })
  @Field(() => String, { description: 'LEADS or LOANS' })
  kind: ImportKind;

  @Column({ type: 'varchar', length: 12 })
  @Field({ description: 'UPLOADED, RUNNING, DONE or FAILED' })
  status: string;

  /** JSON array of the file's column headings. */
  @Column({ type: 'text' })
  headersJson: string;

  /** JSON object field → heading chosen by the user. */
  @Column({ type: 'text', nullable: true })
  mappingJson: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  campaignId: number | null;

  @ManyToOne(() => Campaign, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Column({ type: 'int' })
  @Field(() => ID)
  officeId: number;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officeId' })
  office?: Relation<Office>;

  @Column({ type: 'int' })
  @Field(() => Int)
  totalRows: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  importedRows: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  rejectedRows: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  error: string | null;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: Relation<User>;

  @CreateDateColumn()
  @Field()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

/** One row of an uploaded file, and what became of it (imported, or rejected with its reasons). */
@Entity('lead_import_row')
@Index('IDX_lead_import_row', ['importId', 'rowNumber'])
export class LeadImportRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  importId: number;

  @ManyToOne(() => LeadImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'importId' })
  leadImport?: Relation<LeadImport>;

  @Column({ type: 'int' })
  rowNumber: number;

  /** JSON array of the row's cells, in the order of the headings. */
  @Column({ type: 'text' })
  cellsJson: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  outcome: string | null;

  /** The reasons in Indonesian (what the rejected-rows file says). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** JSON array of ImportReason (code, value, max): the same reasons, to word in any language. */
  @Column({ type: 'text', nullable: true })
  reasonsJson: string | null;
}
