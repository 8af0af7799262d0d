import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { TaskCardData, TaskStatus } from '@prospek/shared';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { UserSummary } from '../user/user-summary.type.js';
import { TaskStatusEnum } from './task.entity.js';

@ObjectType({ simpleResolvers: true })
export class NamedRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** A task as its card shows it; the same shape `board:event` messages carry for the "tasks" board. */
@ObjectType({ simpleResolvers: true })
export class TaskCard implements TaskCardData {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => TaskStatusEnum)
  status: TaskStatus;

  @Field()
  position: string;

  @Field(() => ID, { nullable: true })
  campaignId: string | null;

  @Field(() => NamedRef, { nullable: true })
  campaign: NamedRef | null;

  @Field(() => ID, { nullable: true })
  leadId: string | null;

  @Field(() => UserSummary)
  requester: UserSummary;

  @Field(() => ID)
  requesterId: string;

  @Field(() => UserSummary, { nullable: true })
  assignee: UserSummary | null;

  @Field(() => ID, { nullable: true })
  assigneeId: string | null;

  @Field(() => ID)
  officeId: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => Int)
  checklistDone: number;

  @Field(() => Int)
  checklistTotal: number;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int)
  version: number;
}

@ObjectType({ simpleResolvers: true })
export class TaskColumn {
  @Field(() => TaskStatusEnum)
  status: TaskStatus;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { nullable: true, description: 'Work-in-progress limit of the column' })
  wipLimit: number | null;

  @Field({ description: 'True: a move past the limit is refused; false: allowed with a warning' })
  hardLimit: boolean;

  @Field(() => [TaskCard])
  cards: TaskCard[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class TaskBoard {
  @Field(() => [TaskColumn])
  columns: TaskColumn[];
}

@ObjectType()
export class TaskColumnPage {
  @Field(() => [TaskCard])
  cards: TaskCard[];

  @Field()
  hasMore: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class TaskMoveResult {
  @Field(() => TaskCard)
  task: TaskCard;

  @Field(() => String, { nullable: true, description: 'Set when the move went past a soft WIP limit' })
  warning: string | null;
}

@InputType()
export class TaskFilterInput {
  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => String, { nullable: true })
  search?: string | null;
}

@InputType()
export class ChecklistEntryInput {
  @Field()
  text: string;

  @Field({ defaultValue: false })
  done: boolean;
}

@InputType()
export class TaskFieldsInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead the request is about' })
  leadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A marketing user of the task’s office' })
  assigneeId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => [ChecklistEntryInput], { nullable: true })
  checklist?: ChecklistEntryInput[] | null;
}

@InputType()
export class UpdateTaskInput extends TaskFieldsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;
}

@InputType()
export class MoveTaskInput {
  @Field(() => ID)
  id: string;

  @Field(() => TaskStatusEnum)
  status: TaskStatus;

  @Field(() => ID, { nullable: true })
  afterId?: string | null;

  @Field(() => ID, { nullable: true })
  beforeId?: string | null;

  @Field(() => Int)
  expectedVersion: number;
}
