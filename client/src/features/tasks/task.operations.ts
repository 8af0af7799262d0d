import { graphql } from '../../api/generated/gql';

export const TaskCardFields = graphql(`
  fragment TaskCardFields on TaskCard {
    id
    title
    status
    position
    campaignId
    campaign {
      id
      name
    }
    leadId
    requesterId
    requester {
      id
      name
    }
    assigneeId
    assignee {
      id
      name
    }
    officeId
    dueDate
    checklistDone
    checklistTotal
    commentCount
    version
  }
`);

export const TaskBoardQuery = graphql(`
  query TaskBoard($perColumn: Int) {
    taskBoard(perColumn: $perColumn) {
      columns {
        status
        count
        wipLimit
        hardLimit
        hasMore
        endCursor
        cards {
          ...TaskCardFields
        }
      }
    }
  }
`);

export const TaskColumnQuery = graphql(`
  query TaskColumn($status: TaskStatus!, $after: String, $first: Int) {
    taskColumn(status: $status, after: $after, first: $first) {
      hasMore
      endCursor
      cards {
        ...TaskCardFields
      }
    }
  }
`);

export const MoveTaskMutation = graphql(`
  mutation MoveTask($input: MoveTaskInput!) {
    moveTask(input: $input) {
      warning
      task {
        ...TaskCardFields
      }
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: TaskFieldsInput!) {
    createTask(input: $input) {
      ...TaskCardFields
    }
  }
`);

export const TaskDetailQuery = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      id
      title
      description
      status
      dueDate
      version
      officeId
      leadId
      requesterId
      assigneeId
      campaignId
      campaign {
        id
        name
      }
      checklist {
        text
        done
      }
      requester {
        id
        name
      }
      assignee {
        id
        name
      }
      comments {
        id
        body
        createdAt
        author {
          id
          name
        }
      }
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...TaskCardFields
    }
  }
`);

export const CommentTaskMutation = graphql(`
  mutation CommentTask($taskId: ID!, $body: String!) {
    commentTask(taskId: $taskId, body: $body) {
      id
    }
  }
`);

/** Takes the card off the board, against the version the viewer saw. */
export const ArchiveTaskMutation = graphql(`
  mutation ArchiveTask($id: ID!, $expectedVersion: Int!) {
    archiveTask(id: $id, expectedVersion: $expectedVersion) {
      ...TaskCardFields
    }
  }
`);

/** What the task form offers: who the task may go to (the server's rule) and the campaigns in reach. */
export const TaskFormAssigneesQuery = graphql(`
  query TaskFormAssignees($taskId: ID) {
    taskAssignees(taskId: $taskId) {
      id
      name
    }
  }
`);

export const TaskFormCampaignsQuery = graphql(`
  query TaskFormCampaigns($first: Int, $after: String) {
    campaigns(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
      }
    }
  }
`);
