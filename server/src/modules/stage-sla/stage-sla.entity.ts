import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';

/** Days a lead may spend in a stage without an activity before it counts as stale. */
@Entity('stage_sla')
@ObjectType({ simpleResolvers: true })
export class StageSla {
  @Column({ type: 'varchar', length: 16, primary: true })
  @Field()
  stage: string;

  @Column({ type: 'int' })
  @Field()
  maxIdleDays: number;
}
