import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { sceneActionSchema } from '../ipc/schemas';
import { SCENE_INTENTS, type SceneAction } from './sceneAction';

describe('SceneAction', () => {
  it('is the type the IPC schema parses', () => {
    expectTypeOf<SceneAction>().toEqualTypeOf<z.infer<typeof sceneActionSchema>>();
    expect([...sceneActionSchema.shape.intent.options]).toEqual([...SCENE_INTENTS]);
  });
});
